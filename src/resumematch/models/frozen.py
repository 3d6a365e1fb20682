"""A faster ``__init__`` for the frozen dataclasses the pipeline makes by the hundred.

A frozen dataclass's generated ``__init__`` sets each field through
``object.__setattr__``, because the class's own ``__setattr__`` refuses, which costs
about twice writing the same values into the new instance's ``__dict__`` (figures in
docs/performance.md).

:func:`fast_init` replaces only ``__init__``, with one that takes the same parameters
(same names, order and defaults) and stores the same values. Everything else stays
the dataclass's own: assignment still raises ``FrozenInstanceError``, and equality,
hashing, ``repr`` and ``dataclasses.replace`` are unchanged.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

__all__ = ["fast_init"]

_T = TypeVar("_T")


def fast_init(cls: type[_T]) -> type[_T]:
    """Give a frozen dataclass an ``__init__`` that fills the instance's ``__dict__`` at once.

    Only plain fields, with or without a default, are supported; anything else
    (``default_factory``, ``init=False``, keyword-only fields, ``__post_init__``,
    ``slots=True``) raises ``TypeError`` when the class is decorated, not at run time.
    """
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    unsupported = [f.name for f in fields if f.default_factory is not dataclasses.MISSING or not f.init or f.kw_only]
    if unsupported or hasattr(cls, "__post_init__") or "__slots__" in vars(cls):
        raise TypeError(f"fast_init supports plain fields only; {cls.__name__} has {unsupported or 'more'}")
    namespace: dict[str, object] = {}
    parameters = []
    for f in fields:
        if f.default is dataclasses.MISSING:
            parameters.append(f.name)
        else:
            namespace[f"__default_{f.name}"] = f.default
            parameters.append(f"{f.name}=__default_{f.name}")
    lines = [f"def __init__(__self, {', '.join(parameters)}):", "    __values = __self.__dict__"]
    lines += [f"    __values[{f.name!r}] = {f.name}" for f in fields]
    exec("\n".join(lines), namespace)  # the source holds only the field names written above
    init: Any = namespace["__init__"]
    generated: Any = cls.__init__
    init.__qualname__ = generated.__qualname__
    init.__annotations__ = generated.__annotations__
    init.__doc__ = generated.__doc__
    cls.__init__ = init  # type: ignore[method-assign]
    return cls
