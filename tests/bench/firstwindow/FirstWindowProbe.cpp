// SPDX-License-Identifier: GPL-3.0-or-later
// A Qt generic plugin that records the CPU time a program has used, all its
// threads and every program it exec'd from, when its first window is exposed:
// the moment the window can be seen. tests/bench/run-all loads it into the
// bare Qt window and into huanjiao alike (QT_QPA_GENERIC_PLUGINS), so both are
// measured by the same code at the same event; a poll from outside would also
// count what a program does once its window is up, and the poll's own lag.
//   FIRST_WINDOW_LOG=FILE FIRST_WINDOW_LABEL=LABEL: appends "LABEL MILLISECONDS".
//   FIRST_WINDOW_EXIT=1: the program ends there, so that `perf record` over
//   many starts sees the start-up only.

#include <QEvent>
#include <QGenericPlugin>
#include <QGuiApplication>
#include <QWindow>

#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace {

class ExposeWatch : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Expose || !watched->isWindowType()
            || !static_cast<QWindow *>(watched)->isExposed())
            return false;
        timespec cpu{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
        const char *log = std::getenv("FIRST_WINDOW_LOG");
        const char *label = std::getenv("FIRST_WINDOW_LABEL");
        if (FILE *out = log ? std::fopen(log, "a") : nullptr) {
            std::fprintf(out, "%s %.2f\n", label ? label : "?", cpu.tv_sec * 1e3 + cpu.tv_nsec / 1e6);
            std::fclose(out);
        }
        if (std::getenv("FIRST_WINDOW_EXIT"))
            std::_Exit(0);
        // Qt deletes the plugin's object when the application ends.
        qApp->removeEventFilter(this);
        return false;
    }
};

} // namespace

class FirstWindowProbe : public QGenericPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QGenericPluginFactoryInterface_iid FILE "firstwindow.json")

public:
    QObject *create(const QString &, const QString &) override
    {
        // No parent: Qt owns what create() returns and deletes it itself.
        auto *watch = new ExposeWatch;
        qApp->installEventFilter(watch);
        return watch;
    }
};

#include "FirstWindowProbe.moc"
