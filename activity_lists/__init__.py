"""Shipped data, the package ``stageportfolio.activity_lists`` (see setup.py): an installed
app finds it with importlib.resources (``stageportfolio.core.shipped``)."""
