"""Shipped data, the package ``stageportfolio.resources`` (see setup.py): an installed
app finds it with importlib.resources (``stageportfolio.core.shipped``)."""
