"""In a real kernel, as a front end talks to it: a burst of slider changes draws its last value,
and not once per change. Changes are sent as the widget protocol's ``update`` messages over
the kernel's shell channel, quicker than a redraw takes — as arrow keys held down do.
"""

from __future__ import annotations

import textwrap
import time

import pytest

jupyter_client = pytest.importorskip("jupyter_client")

SETUP = textwrap.dedent("""
    import time
    import ipywidgets as w
    from salesbook.widgets import common
    calls = []
    def view(x):
        calls.append(x)
        time.sleep(0.2)              # a slow redraw: the next changes queue up behind it
        return [common.md(f"x = {x}")]
    slider = w.IntSlider(value=0, min=0, max=100)
    box = common.live(view, {"x": slider})
    print(slider.model_id)
""")


def run(client, code: str) -> str:
    """Execute code and return what it printed."""
    msg_id = client.execute(code)
    text = []
    while True:
        msg = client.get_iopub_msg(timeout=60)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "stream":
            text.append(msg["content"]["text"])
        if msg["msg_type"] == "error":
            raise AssertionError("\n".join(msg["content"]["traceback"]))
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return "".join(text)


def test_a_burst_of_updates_in_a_kernel_draws_the_last_value_without_drawing_every_one():
    manager, client = jupyter_client.manager.start_new_kernel(kernel_name="python3")
    try:
        model_id = run(client, SETUP).strip()
        for value in range(1, 11):           # ten changes sent at once
            content = {"comm_id": model_id, "data": {"method": "update", "state": {"value": value},
                                                     "buffer_paths": []}}
            client.shell_channel.send(client.session.msg("comm_msg", content))
        run(client, "pass")                  # the ten updates have been handled
        time.sleep(0.5)                      # the kernel is idle: the put-off redraw runs
        calls = eval(run(client, "print(calls)"))
        out = run(client, "print(box.children[-1].outputs[0]['data']['text/markdown'])").strip()
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
    assert calls[0] == 0 and calls[-1] == 10, calls
    assert out == "x = 10"
    assert len(calls) < 6, f"every change was drawn: {calls}"
