"""The one exception of the package: a ValueError with a clear Dutch message for the student."""


class SalesbookError(ValueError):
    """Invalid input to a salesbook model, with a Dutch message that says what is allowed.

    Messages name the parameter, the value given and what is allowed, e.g.
    ``retentie moet tussen 0 en 1 liggen (kreeg 1.2)``.

    >>> raise SalesbookError("retentie moet tussen 0 en 1 liggen (kreeg 1.2)")
    Traceback (most recent call last):
    ...
    salesbook.errors.SalesbookError: retentie moet tussen 0 en 1 liggen (kreeg 1.2)
    """
