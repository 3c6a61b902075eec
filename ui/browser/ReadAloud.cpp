// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadAloud.h"

#include "DocumentTab.h"
#include "DocumentTabs.h"
#include "Icons.h"
#include "PageView.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QToolBar>

namespace huanjiao {

ReadAloud::ReadAloud(DocumentTabs *documents, QMainWindow *window, QMenu *viewMenu, const QString &engine)
    : QObject(window)
    , m_documents(documents)
    , m_window(window)
    , m_viewMenu(viewMenu)
    , m_speech(new SpeechService(engine, this))
{
    createActions();
    connect(m_speech, &SpeechService::statusChanged, this, [this] {
        if (isAvailable())
            showActions();
        emit availabilityKnown(isAvailable());
    });
    connect(m_speech, &SpeechService::stateChanged, this, &ReadAloud::updateActions);
    connect(m_speech, &SpeechService::failed, this, [this](const QString &message) {
        m_window->statusBar()->showMessage(tr("Reading aloud stopped: %1").arg(message));
    });
    // Another page on show: what was being read is no longer in front of the reader.
    connect(m_documents, &DocumentTabs::currentDocumentChanged, this, [this] {
        const QTextToSpeech::State state = m_speech->state();
        if (state == QTextToSpeech::Speaking || state == QTextToSpeech::Paused)
            stop();
    });
}

void ReadAloud::createActions()
{
    m_read = new QAction(Icons::play(), tr("&Read Aloud"), this);
    m_read->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_read->setToolTip(tr("Read the selected text, or the whole page, aloud (Ctrl+Shift+R)"));
    connect(m_read, &QAction::triggered, this, &ReadAloud::read);
    m_pause = new QAction(Icons::pause(), tr("&Pause Reading"), this);
    m_pause->setCheckable(true);
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Space));
    m_pause->setToolTip(tr("Pause reading aloud, or go on (Ctrl+Shift+Space)"));
    // togglePause() decides from the engine's state; the check mark follows that state.
    connect(m_pause, &QAction::triggered, this, &ReadAloud::togglePause);
    m_stop = new QAction(Icons::stop(), tr("S&top Reading"), this);
    m_stop->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period));
    m_stop->setToolTip(tr("Stop reading aloud (Ctrl+Shift+.)"));
    connect(m_stop, &QAction::triggered, this, &ReadAloud::stop);
    for (QAction *action : {m_read, m_pause, m_stop}) {
        action->setVisible(false);
        // A hidden action's shortcut would still fire inside the window.
        action->setEnabled(false);
    }
}

void ReadAloud::showActions()
{
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({m_read, m_pause, m_stop});
    m_toolBar = m_window->addToolBar(tr("Read Aloud"));
    m_toolBar->setObjectName(QStringLiteral("readAloudToolbar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({m_read, m_pause, m_stop});
    for (QAction *action : {m_read, m_pause, m_stop})
        action->setVisible(true);
    updateActions();
}

QString ReadAloud::textToRead() const
{
    const DocumentTab *tab = m_documents->currentDocument();
    if (!tab)
        return {};
    const QString selected = tab->view()->textCursor().selectedText();
    // Qt gives paragraph breaks in a selection as U+2029.
    if (!selected.trimmed().isEmpty())
        return QString(selected).replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    // A long page still being shown in parts is read whole.
    tab->view()->completePage();
    return tab->view()->toPlainText();
}

void ReadAloud::read()
{
    if (!isAvailable())
        return;
    const QString text = textToRead();
    if (text.trimmed().isEmpty())
        return;
    m_speech->say(text);
}

void ReadAloud::togglePause()
{
    if (m_speech->state() == QTextToSpeech::Paused)
        m_speech->resume();
    else if (m_speech->state() == QTextToSpeech::Speaking)
        m_speech->pause();
    // Until the engine answers, the check mark shows its state, not the click.
    updateActions();
}

void ReadAloud::stop()
{
    m_speech->stop();
}

void ReadAloud::updateActions()
{
    const bool available = isAvailable();
    const QTextToSpeech::State state = m_speech->state();
    const bool busy = state == QTextToSpeech::Speaking || state == QTextToSpeech::Paused;
    m_read->setEnabled(available);
    m_pause->setEnabled(available && busy);
    m_pause->setChecked(state == QTextToSpeech::Paused);
    m_stop->setEnabled(available && busy);
}

} // namespace huanjiao
