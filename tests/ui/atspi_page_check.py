# SPDX-License-Identifier: GPL-3.0-or-later
"""What a screen reader gets of the browser, read through the real AT-SPI bus.

Starts a session bus of its own, an X server (Qt's AT-SPI bridge runs on the
xcb platform, not offscreen), the AT-SPI bus launcher and the browser with a
page open, then checks with pyatspi, as Orca would see it: the page is a
document named for its topic, with its headings (and levels) and its links
(each named, with its target); Tab moves the screen reader's focus from link
to link; and every control in the window has a name.

    atspi_page_check.py --gui huanjiao-gui --database huanjiao.sqlite \
        --open huanjiao://condition/hemifacial-spasm --title 面肌痉挛

Exits 0 when all holds, 1 with the failures listed, 2 when the set-up fails
(a missing package is named).
"""

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message, file=sys.stderr)


def setup_error(message):
    print("SET-UP: " + message, file=sys.stderr)
    sys.exit(2)


def start_session_bus(folder):
    socket = os.path.join(folder, "bus")
    config = os.path.join(folder, "session.conf")
    with open(config, "w") as f:
        # Our own config: nothing is activated from the system's service files.
        f.write('<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN" '
                '"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">\n'
                "<busconfig><type>session</type><listen>unix:path=%s</listen>"
                "<auth>EXTERNAL</auth><policy context=\"default\">"
                "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                "<allow own=\"*\"/></policy></busconfig>\n" % socket)
    if not shutil.which("dbus-daemon"):
        setup_error("dbus-daemon is missing (package dbus-daemon)")
    daemon = subprocess.Popen(["dbus-daemon", "--nofork", "--nopidfile", "--config-file=" + config],
                              start_new_session=True)
    for _ in range(500):
        if os.path.exists(socket):
            return daemon, "unix:path=" + socket
        time.sleep(0.02)
    setup_error("dbus-daemon did not start")


def x_server_answers(number):
    """True when an X server accepts a connection on display :number."""
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        probe.connect("/tmp/.X11-unix/X%d" % number)
        return True
    except OSError:
        return False
    finally:
        probe.close()


def start_x_server():
    # A display number of our own, as tst_kioskx11 does: -displayfd takes the
    # lowest free one, and a stale lock or socket another user's server left
    # there (:0 from an Xwayland under cage, say) once left the browser with a
    # display nobody answered on.
    if not shutil.which("Xvfb"):
        setup_error("Xvfb is missing (package xvfb)")
    for number in range(200 + os.getpid() % 50, 400):
        if os.path.exists("/tmp/.X%d-lock" % number) or os.path.exists("/tmp/.X11-unix/X%d" % number):
            continue
        # -noreset: an X server resets when its last client leaves, and the
        # bus launcher (or the probe below) connecting and leaving just before
        # the browser starts then left the browser refused.
        server = subprocess.Popen(["Xvfb", ":%d" % number, "-noreset", "-screen", "0", "1280x800x24",
                                   "-nolisten", "tcp"],
                                  stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.time() + 20
        while server.poll() is None and time.time() < deadline:
            if x_server_answers(number):
                return server, ":%d" % number
            time.sleep(0.05)
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
    setup_error("Xvfb did not start")


def start_bus_launcher():
    for path in ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher"):
        if os.path.exists(path):
            # Its own group: the accessibility bus and registry it starts go with it.
            return subprocess.Popen([path, "--launch-immediately"], start_new_session=True)
    setup_error("at-spi-bus-launcher is missing (package at-spi2-core)")


def wait_for(condition, seconds, step=0.05):
    deadline = time.time() + seconds
    while time.time() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(step)
    return condition()


def children(accessible):
    try:
        return [accessible.getChildAtIndex(i) for i in range(accessible.childCount)]
    except Exception:
        return []


def find_all(accessible, predicate, depth=0, skip_items=True):
    import pyatspi
    found = []
    if accessible is None or depth > 60:
        return found
    if predicate(accessible):
        found.append(accessible)
    # The items of lists, trees and tables are their data (named by their
    # text), and a lazy list may hold thousands.
    if skip_items and accessible.getRole() in (pyatspi.ROLE_LIST, pyatspi.ROLE_TREE, pyatspi.ROLE_TABLE,
                                               pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST_BOX):
        return found
    for child in children(accessible):
        found += find_all(child, predicate, depth + 1, skip_items)
    return found


def path_of(accessible):
    parts = []
    while accessible is not None and len(parts) < 30:
        try:
            parts.append("%s(%s)" % (accessible.getRoleName(), accessible.name))
            accessible = accessible.parent
        except Exception:
            break
    return " > ".join(reversed(parts))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--gui", required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--open", required=True)
    parser.add_argument("--title", required=True)
    args = parser.parse_args()

    folder = tempfile.mkdtemp(prefix="huanjiao-atspi-")
    processes = []
    try:
        daemon, address = start_session_bus(folder)
        processes.append(daemon)
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
        server, display = start_x_server()
        processes.append(server)
        os.environ["DISPLAY"] = display
        # Settings, history and bookmarks of the run's own, not the user's.
        for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
            path = os.path.join(folder, name.lower())
            os.makedirs(path, mode=0o700, exist_ok=True)
            os.environ[name] = path
        os.environ.pop("AT_SPI_BUS_ADDRESS", None)
        launcher = start_bus_launcher()
        processes.append(launcher)

        try:
            import pyatspi
        except ImportError:
            setup_error("pyatspi is missing (package python3-pyatspi)")

        # Qt asks the session bus for the accessibility bus once, at start: a
        # program started before the launcher answers never joins it (seen on
        # a loaded machine). So wait for the launcher first.
        def accessibility_bus_ready():
            try:
                from gi.repository import Gio
                bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
                bus.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress", None, None,
                              Gio.DBusCallFlags.NO_AUTO_START, 2000, None)
                return True
            except Exception:
                return False

        if not wait_for(accessibility_bus_ready, 60, 0.1):
            setup_error("at-spi-bus-launcher never answered on the session bus (package at-spi2-core)")

        environment = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                           QT_ACCESSIBILITY="1", LC_ALL="C.UTF-8", LANGUAGE="en")
        log = open(os.path.join(folder, "gui.log"), "w")
        gui = subprocess.Popen([args.gui, "--database", args.database, "--open", args.open],
                               env=environment, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        processes.append(gui)

        desktop = pyatspi.Registry.getDesktop(0)

        def application():
            for app in children(desktop):
                try:
                    if app is not None and app.get_process_id() == gui.pid:
                        return app
                except Exception:
                    continue
            return None

        app = wait_for(application, 120, 0.2)  # a sanitizer build starts slowly
        if app is None:
            log.flush()
            with open(os.path.join(folder, "gui.log")) as f:
                output = f.read()
            setup_error("the browser never showed up on the AT-SPI bus (is Qt's AT-SPI bridge running? "
                        "at-spi2-core installed?); its output:\n" + output)

        def document():
            found = find_all(app, lambda a: a.getRole() == pyatspi.ROLE_DOCUMENT_FRAME
                             or a.getRole() == pyatspi.ROLE_DOCUMENT_TEXT)
            for d in found:
                if d.getState().contains(pyatspi.STATE_SHOWING) and d.name == args.title:
                    return d
            return None

        page = wait_for(document, 30, 0.2)
        if page is None:
            shown = find_all(app, lambda a: a.getRole() in (pyatspi.ROLE_DOCUMENT_FRAME, pyatspi.ROLE_DOCUMENT_TEXT,
                                                           pyatspi.ROLE_LABEL, pyatspi.ROLE_TEXT))
            fail("no document named %r; documents, labels and texts there: %s"
                 % (args.title, "; ".join(path_of(a) for a in shown[:20])))
            return report()

        # Its headings, with their levels, the first the topic's name.
        headings = find_all(page, lambda a: a.getRole() == pyatspi.ROLE_HEADING)
        if len(headings) < 3:
            fail("the page shows %d headings (%s), expected the title and its sections"
                 % (len(headings), ", ".join(h.name for h in headings)))
        else:
            if headings[0].name != args.title or "1" not in headings[0].description:
                fail("the first heading is %r (%r), expected %r at level 1"
                     % (headings[0].name, headings[0].description, args.title))
            for heading in headings:
                if not heading.name.strip():
                    fail("a heading without a name: " + path_of(heading))
                if not any(ch.isdigit() for ch in heading.description):
                    fail("heading %r does not say its level (description %r)" % (heading.name, heading.description))
        paragraphs = find_all(page, lambda a: a.getRole() == pyatspi.ROLE_PARAGRAPH)
        if not paragraphs:
            fail("the page has no paragraphs to read")
        text = page.queryText()
        whole = text.getText(0, text.characterCount)
        if args.title not in whole:
            fail("the page's text does not have its title: " + whole[:200])

        # Its links: each named for its text, with its target.
        links = find_all(page, lambda a: a.getRole() == pyatspi.ROLE_LINK)
        if len(links) < 5:
            fail("the page shows only %d links" % len(links))
        for link in links:
            if not link.name.strip():
                fail("a link without a name, to %r" % link.description)
            if not link.description.startswith("huanjiao://"):
                fail("link %r does not carry its target (description %r)" % (link.name, link.description))
            try:
                action = link.queryAction()
                if action.nActions < 1:
                    fail("link %r cannot be followed (no action)" % link.name)
            except NotImplementedError:
                fail("link %r has no action interface" % link.name)
            if link.name.strip() and link.name.strip() not in whole:
                fail("link %r is not in the page's text" % link.name)

        # Tab moves the screen reader's focus to the links, one after another.
        focused = []

        def on_focus(event):
            if event.detail1 == 1:
                focused.append(event.source)

        pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
        component = page.queryComponent()
        component.grabFocus()

        def pump(seconds):
            from gi.repository import GLib
            context = GLib.MainContext.default()
            deadline = time.time() + seconds
            while time.time() < deadline:
                while context.iteration(False):
                    pass
                time.sleep(0.02)

        pump(1.0)
        if not page.getState().contains(pyatspi.STATE_FOCUSED):
            fail("the page did not take the keyboard (its state: %s)" % page.getState().getStates())
        seen = []
        for press in range(3):
            del focused[:]
            pyatspi.Registry.generateKeyboardEvent(0xff09, None, pyatspi.KEY_SYM)  # Tab
            pump(1.0)
            current = [a for a in links if a.getState().contains(pyatspi.STATE_FOCUSED)]
            if len(current) != 1:
                fail("after Tab %d, %d links have the focus state (expected one)" % (press + 1, len(current)))
                continue
            if not any(f.getRole() == pyatspi.ROLE_LINK and f.name == current[0].name for f in focused):
                fail("after Tab %d no focus event came for link %r (focus events for: %s)"
                     % (press + 1, current[0].name, ", ".join(path_of(f) for f in focused) or "none"))
            seen.append(current[0].name + " -> " + current[0].description)
        if len(set(seen)) != len(seen):
            fail("Tab did not move on from link to link: " + "; ".join(seen))
        print("Tab went to: " + "; ".join(seen))

        # Every control in the window has a name.
        interactive = (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
                       pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SPIN_BUTTON,
                       pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_PAGE_TAB,
                       pyatspi.ROLE_SLIDER, pyatspi.ROLE_LIST, pyatspi.ROLE_TREE, pyatspi.ROLE_TABLE,
                       pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_MENU, pyatspi.ROLE_LINK, pyatspi.ROLE_DOCUMENT_FRAME)
        controls = find_all(app, lambda a: a.getRole() in interactive
                            and a.getState().contains(pyatspi.STATE_SHOWING))
        if len(controls) < 15:
            fail("only %d controls found in the window" % len(controls))
        for control in controls:
            if not control.name.strip():
                fail("no accessible name: " + path_of(control))
        print("%d headings, %d paragraphs, %d links on the page; %d controls in the window, all named"
              % (len(headings), len(paragraphs), len(links), len(controls)))
        return report()
    finally:
        # Each was started in a group of its own: end the group, children too.
        for process in reversed(processes):
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        shutil.rmtree(folder, ignore_errors=True)


def report():
    if failures:
        print("%d problem(s) a screen reader user would meet" % len(failures), file=sys.stderr)
        return 1
    print("a screen reader can read and follow the page")
    return 0


if __name__ == "__main__":
    sys.exit(main())
