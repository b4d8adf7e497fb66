"""ipywidgets front-ends, one module per topic. They only wire controls to models and charts.

Every interactive view is split in two:

* a *view function* (``..._view(**state)``) that takes all its state as arguments and returns
  the things to show (Markdown, HTML, tables, figures) — tests call it over a grid of values;
* a *widget builder* (``..._widget()``) that creates the controls and connects them to the view
  with :func:`salesbook.widgets.common.live`, which shows a :class:`SalesbookError` as a Dutch
  message instead of a traceback.
"""
