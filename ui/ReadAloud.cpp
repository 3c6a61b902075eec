#include "ReadAloud.h"

#include "DocumentTab.h"
#include "DocumentTabs.h"
#include "PageView.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTextToSpeech>

namespace huanjiao {

ReadAloud::ReadAloud(DocumentTabs *documents, QMainWindow *window, const QString &engine)
    : QObject(window)
    , m_documents(documents)
    , m_window(window)
{
    createEngine(engine);
    createActions();
    // Another page on show: what was being read is no longer in front of the reader.
    connect(m_documents, &DocumentTabs::currentDocumentChanged, this, [this] {
        if (m_speech && m_speech->state() != QTextToSpeech::Ready)
            stop();
    });
}

void ReadAloud::createEngine(const QString &engine)
{
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.isEmpty() || (!engine.isEmpty() && !engines.contains(engine)))
        return;
    auto *speech = engine.isEmpty() ? new QTextToSpeech(this) : new QTextToSpeech(engine, this);
    // speech-dispatcher not running, or no voices installed: no read-aloud at all.
    if (speech->state() == QTextToSpeech::Error || speech->availableVoices().isEmpty()) {
        delete speech;
        return;
    }
    // Prefer Simplified Chinese (the content's language), then any Chinese.
    const QList<QLocale> locales = speech->availableLocales();
    for (const QLocale &locale : locales) {
        if (locale.language() == QLocale::Chinese && locale.territory() == QLocale::China) {
            speech->setLocale(locale);
            break;
        }
        if (locale.language() == QLocale::Chinese)
            speech->setLocale(locale);
    }
    m_speech = speech;
    connect(m_speech, &QTextToSpeech::stateChanged, this, &ReadAloud::updateActions);
}

void ReadAloud::createActions()
{
    m_read = new QAction(tr("&Read Aloud"), this);
    m_read->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_read->setToolTip(tr("Read the selected text, or the whole page, aloud (Ctrl+Shift+R)"));
    connect(m_read, &QAction::triggered, this, &ReadAloud::read);
    m_pause = new QAction(tr("&Pause Reading"), this);
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Space));
    connect(m_pause, &QAction::triggered, this, &ReadAloud::togglePause);
    m_stop = new QAction(tr("S&top Reading"), this);
    m_stop->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period));
    connect(m_stop, &QAction::triggered, this, &ReadAloud::stop);
    const bool available = isAvailable();
    for (QAction *action : {m_read, m_pause, m_stop}) {
        action->setVisible(available);
        // A hidden action's shortcut would still fire inside the window.
        action->setEnabled(available);
    }
    if (!available)
        return;
    QMenu *view = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    if (!view)
        view = m_window->menuBar()->addMenu(tr("&View"));
    view->addSeparator();
    view->addActions({m_read, m_pause, m_stop});
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
    return tab->view()->toPlainText();
}

void ReadAloud::read()
{
    if (!m_speech)
        return;
    const QString text = textToRead();
    if (text.trimmed().isEmpty())
        return;
    m_speech->stop();
    m_speech->say(text);
    updateActions();
}

void ReadAloud::togglePause()
{
    if (!m_speech)
        return;
    if (m_speech->state() == QTextToSpeech::Paused)
        m_speech->resume();
    else if (m_speech->state() == QTextToSpeech::Speaking)
        m_speech->pause();
    updateActions();
}

void ReadAloud::stop()
{
    if (m_speech)
        m_speech->stop();
    updateActions();
}

void ReadAloud::updateActions()
{
    if (!m_speech)
        return;
    const QTextToSpeech::State state = m_speech->state();
    const bool busy = state == QTextToSpeech::Speaking || state == QTextToSpeech::Paused;
    m_pause->setEnabled(busy);
    m_pause->setText(state == QTextToSpeech::Paused ? tr("&Resume Reading") : tr("&Pause Reading"));
    m_stop->setEnabled(busy);
}

} // namespace huanjiao
