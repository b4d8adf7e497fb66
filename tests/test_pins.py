"""pyproject.toml, constraints.txt and environment.yml must pin the same versions.

The lock (constraints.txt) is what `make` installs; environment.yml is what Binder installs;
pyproject.toml is what `pip install -e .` asks for. If they disagree, a student on Binder runs
different code than CI tested.
"""

import os
import re
import tomllib
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([A-Za-z0-9.+!-]+)$")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def parse_pins(lines, source):
    pins = {}
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        m = PIN.match(line)
        assert m, f"{source}: '{line}' is not an exact pin (name==version)"
        name = canonical(m.group(1))
        assert name not in pins, f"{source}: {name} pinned twice"
        pins[name] = m.group(2)
    return pins


@pytest.fixture(scope="module")
def project():
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


@pytest.fixture(scope="module")
def lock():
    return parse_pins((ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines(), "constraints.txt")


@pytest.fixture(scope="module")
def environment():
    return yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))


def runtime_pins(project):
    return parse_pins(project["dependencies"] + project["optional-dependencies"]["lab"], "pyproject.toml")


def test_lock_does_not_contain_the_package_itself(lock):
    assert "salesbook" not in lock


def test_pyproject_pins_match_the_lock(project, lock):
    everything = project["dependencies"] + [d for deps in project["optional-dependencies"].values() for d in deps]
    for name, version in parse_pins(everything, "pyproject.toml").items():
        assert name in lock, f"{name} is pinned in pyproject.toml but missing from constraints.txt"
        assert lock[name] == version, f"{name}: pyproject.toml says {version}, constraints.txt says {lock[name]}"


def test_environment_pins_python_311(environment):
    deps = environment["dependencies"]
    assert "python=3.11" in deps
    assert "pip" in deps


def test_environment_has_exactly_the_runtime_pins_of_the_lock(environment, project, lock):
    pip_section = next(d["pip"] for d in environment["dependencies"] if isinstance(d, dict) and "pip" in d)
    env_pins = parse_pins(pip_section, "environment.yml")
    expected = runtime_pins(project)
    assert env_pins == expected, "environment.yml must list exactly the runtime and lab pins of pyproject.toml"
    for name, version in env_pins.items():
        assert lock.get(name) == version, f"{name}: environment.yml says {version}, constraints.txt says {lock.get(name)}"


def test_environment_has_nothing_test_only(environment, project):
    pip_section = next(d["pip"] for d in environment["dependencies"] if isinstance(d, dict) and "pip" in d)
    test_only = set(parse_pins(project["optional-dependencies"]["test"], "pyproject.toml"))
    assert not test_only & set(parse_pins(pip_section, "environment.yml"))


def test_design_card_packages_are_in_the_environment(environment):
    pip_section = next(d["pip"] for d in environment["dependencies"] if isinstance(d, dict) and "pip" in d)
    names = set(parse_pins(pip_section, "environment.yml"))
    assert {"jupyterlab", "ipywidgets", "pandas", "matplotlib", "nbval"} <= names


def test_postbuild_installs_the_package_without_touching_pins():
    post = ROOT / "postBuild"
    assert os.access(post, os.X_OK), "postBuild must be executable for repo2docker"
    assert "pip install --no-deps -e ." in post.read_text(encoding="utf-8")


def test_no_parser_grammar_is_built_at_every_jupyter_start(lock):
    # jsonschema 4.25+ imports rfc3987-syntax, which builds its parsers on import: 1,4 s more for
    # every JupyterLab, Voila and test process (jsonschema issue 1428). Nothing here needs it.
    assert "rfc3987-syntax" not in lock and "lark" not in lock
    major, minor = (int(p) for p in lock["jsonschema"].split(".")[:2])
    assert (major, minor) < (4, 25), lock["jsonschema"]


def test_pin_parser_rejects_ranges():
    with pytest.raises(AssertionError):
        parse_pins(["pandas>=2"], "example")
