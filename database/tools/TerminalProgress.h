// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"

#include <QElapsedTimer>
#include <QString>

#include <cstdio>

namespace huanjiao {

// A one-line progress bar on a terminal, for long builds and imports. It draws
// only when the stream is a terminal, so logs and pipes get no control
// characters, and redraws at most ten times a second.
class TerminalProgress
{
public:
    explicit TerminalProgress(FILE *stream = stderr);
    ~TerminalProgress();
    TerminalProgress(const TerminalProgress &) = delete;
    TerminalProgress &operator=(const TerminalProgress &) = delete;

    bool enabled() const { return m_enabled; }
    // A Progress that draws here; empty when not on a terminal.
    Progress callback();
    void update(const QString &stage, qint64 done, qint64 total);
    // Clears the bar so that following output starts on a clean line.
    void clear();

private:
    FILE *m_stream;
    bool m_enabled;
    bool m_drawn = false;
    QString m_stage;
    int m_percent = -1;
    QElapsedTimer m_sinceDraw;
};

} // namespace huanjiao
