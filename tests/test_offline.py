"""The app makes no network connection: the tests refuse them all (see
conftest), and here prove that they do, over a window start, an index build
and a search."""

import socket

import pytest

from tests.conftest import FIXTURES, NETWORK_ATTEMPTS, type_text


def test_the_tests_refuse_network_connections():
    for family, address in ((socket.AF_INET, ("127.0.0.1", 9)), (socket.AF_INET6, ("::1", 9))):
        with socket.socket(family, socket.SOCK_STREAM) as sock, pytest.raises(OSError):
            sock.connect(address)
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 80))
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock, pytest.raises(OSError):
        sock.sendto(b"x", ("127.0.0.1", 53))
    assert len(NETWORK_ATTEMPTS) == 4
    NETWORK_ATTEMPTS.clear()  # this test's own attempts are the point


def test_local_sockets_stay_allowed(tmp_path):
    path = str(tmp_path / "s")
    with socket.socket(socket.AF_UNIX) as server, socket.socket(socket.AF_UNIX) as client:
        server.bind(path)
        server.listen()
        client.connect(path)


def test_window_start_index_build_and_search_stay_offline(qtbot, tmp_path):
    from viewer.core.context import AppContext
    from viewer.core.search import open_engine
    from viewer.gui.app import create_app, create_window

    data = tmp_path / "data"
    # The build the window's child process runs, here in the guarded process.
    context = AppContext(data, FIXTURES / "corpus")
    _engine, note = open_engine(context.corpus, context.dirs.cache)
    assert note is None
    window = create_window(create_app(), data, FIXTURES / "corpus")
    qtbot.addWidget(window)
    window.show()
    type_text(window.search.query, "ОДКБ")
    qtbot.waitUntil(lambda: window.search.result is not None and bool(window.search.result.hits))
    window.close()
    assert not NETWORK_ATTEMPTS
