"""Any settings file, however it was damaged or planted, opens: every value
read has its declared type and shape, and the window starts with it."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.core.settings import SETTINGS, Settings

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)
VALUES = st.dictionaries(st.sampled_from(sorted(SETTINGS)) | st.text(max_size=8), JSON)
FILES = (
    st.builds(lambda version, values: {"version": version, "values": values}, JSON, VALUES)
    | st.builds(lambda values: {"version": 1, "values": values}, VALUES)
    | JSON
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(content=FILES)
def test_any_settings_file_reads_as_declared(tmp_path_factory, content):
    folder = tmp_path_factory.mktemp("config")
    (folder / "settings.json").write_text(json.dumps(content), encoding="utf-8")
    read = Settings(folder)
    for key, setting in SETTINGS.items():
        value = read[key]
        assert isinstance(value, setting.type) and setting.valid(value), (key, value)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(values=VALUES)
def test_the_window_starts_with_any_settings_values(qtbot, tmp_path_factory, values):
    from tests.conftest import FIXTURES
    from viewer.gui.app import create_app, create_window

    data = tmp_path_factory.mktemp("data")
    (data / "config").mkdir()
    content = {"version": 1, "values": values}
    (data / "config" / "settings.json").write_text(json.dumps(content), encoding="utf-8")
    window = create_window(create_app(), data, FIXTURES / "corpus")
    qtbot.addWidget(window)
    window.show()
    assert window.view.current is not None
    window.close()
