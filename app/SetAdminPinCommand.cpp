// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetAdminPinCommand.h"

#include "AdminPinStore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace huanjiao {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SetAdminPinCommand", text);
}

// One line of standard input, without its line end; false at end of input.
bool readLine(QString *line)
{
    std::string text;
    int c;
    while ((c = std::getchar()) != EOF && c != '\n')
        text.push_back(char(c));
    if (c == EOF && text.empty())
        return false;
    *line = QString::fromLocal8Bit(text.c_str()).trimmed();
    return true;
}

// Asks on the terminal with echo off, so the PIN is not shown or kept in scrollback.
bool askHidden(const QString &prompt, QString *pin)
{
    QTextStream err(stderr);
    err << prompt << Qt::flush;
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    const bool ok = readLine(pin);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << '\n' << Qt::flush;
    }
    return ok;
}

} // namespace

int SetAdminPinCommand::run()
{
    QTextStream err(stderr);
    QString pin;
    if (isatty(STDIN_FILENO)) {
        QString again;
        if (!askHidden(tr("New admin PIN (%1 to %2 digits): ").arg(AdminPinStore::kMinLength).arg(AdminPinStore::kMaxLength), &pin)
            || !askHidden(tr("The same PIN again: "), &again)) {
            err << tr("No PIN given; nothing changed.") << '\n';
            return 2;
        }
        if (pin != again) {
            err << tr("The two PINs differ; nothing changed.") << '\n';
            return 2;
        }
    } else if (!readLine(&pin)) {
        err << tr("No PIN on standard input; nothing changed. Give it as one line, or run this on a terminal.")
            << '\n';
        return 2;
    }
    QSettings settings;
    AdminPinStore store(settings);
    QString error;
    if (!store.setPin(pin, &error)) {
        err << error << ' ' << tr("Nothing changed.") << '\n';
        return AdminPinStore::problem(pin).isEmpty() ? 1 : 2;
    }
    QTextStream(stdout) << tr("The admin PIN is set (kept as a salted Argon2id hash in %1, readable by you only).")
                               .arg(store.pinFile())
                        << '\n';
    return 0;
}

} // namespace huanjiao
