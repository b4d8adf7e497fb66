"""salesbook: the quantitative models of *Salesmanagement* (Rustenburg & Steenbeek) for Jupyter.

Import what a notebook needs from the topic modules, e.g.::

    from salesbook import customers, finance
    from salesbook.data import load_dataset

Importing the package itself is cheap: the topic modules, matplotlib and ipywidgets are only
loaded when a notebook asks for them.
"""

from salesbook.errors import SalesbookError

__all__ = ["SalesbookError", "__version__"]
__version__ = "0.1.0"
