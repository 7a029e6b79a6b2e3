"""dhr-pipeline: from a Domestic Homicide Review's agency records to publishable reports."""

__version__ = "0.1.0"
