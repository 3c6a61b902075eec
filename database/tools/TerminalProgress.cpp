// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminalProgress.h"

#include <sys/ioctl.h>
#include <unistd.h>

namespace huanjiao {

namespace {

int terminalWidth(FILE *stream)
{
    winsize size{};
    if (ioctl(fileno(stream), TIOCGWINSZ, &size) == 0 && size.ws_col > 20)
        return size.ws_col;
    return 80;
}

} // namespace

TerminalProgress::TerminalProgress(FILE *stream)
    : m_stream(stream)
    , m_enabled(isatty(fileno(stream)) == 1)
{
}

TerminalProgress::~TerminalProgress()
{
    clear();
}

Progress TerminalProgress::callback()
{
    if (!m_enabled)
        return {};
    return [this](const QString &stage, qint64 done, qint64 total) { update(stage, done, total); };
}

void TerminalProgress::update(const QString &stage, qint64 done, qint64 total)
{
    if (!m_enabled)
        return;
    const int percent = total > 0 ? int(qBound(qint64(0), done * 100 / total, qint64(100))) : 0;
    const bool newStage = stage != m_stage;
    if (!newStage && (percent == m_percent || (m_sinceDraw.isValid() && m_sinceDraw.elapsed() < 100 && percent < 100)))
        return;
    m_stage = stage;
    m_percent = percent;
    m_sinceDraw.start();

    const int width = terminalWidth(m_stream);
    const QString count = QStringLiteral(" %1% %2/%3").arg(percent, 3).arg(done).arg(total);
    const int barWidth = qBound(10, width / 3, 40);
    const int filled = barWidth * percent / 100;
    const QString bar = QLatin1Char('[') + QString(filled, QLatin1Char('#')) + QString(barWidth - filled, QLatin1Char(' '))
        + QLatin1Char(']');
    // The stage is cut to what fits; CJK characters take two columns, so cut by half the room to be safe.
    const int room = qMax(8, width - int(bar.size() + count.size()) - 2);
    QString label = stage;
    if (label.size() > room / 2)
        label = QStringLiteral("…") + label.right(room / 2 - 1);
    const QByteArray line = (QStringLiteral("\r\033[K") + label + QLatin1Char(' ') + bar + count).toLocal8Bit();
    std::fwrite(line.constData(), 1, size_t(line.size()), m_stream);
    std::fflush(m_stream);
    m_drawn = true;
}

void TerminalProgress::clear()
{
    if (!m_drawn)
        return;
    std::fputs("\r\033[K", m_stream);
    std::fflush(m_stream);
    m_drawn = false;
    m_stage.clear();
    m_percent = -1;
}

} // namespace huanjiao
