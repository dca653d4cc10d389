"""Stageportfolio: stage and EVC portfolios for care and welfare education in Flanders."""

__version__ = "0.1.0"
LICENCE = "EUPL-1.2"
