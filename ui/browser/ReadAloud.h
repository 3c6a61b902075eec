// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SpeechService.h"
#include "VisitorState.h"

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;

namespace huanjiao {

class DocumentTabs;

// Read aloud (朗读) through Qt TextToSpeech: the selected text of the page on
// show, or the whole page, with pause/resume and stop. A Chinese voice is
// chosen when the engine has one. The engine starts on a thread of its own
// (SpeechService); until it is ready, and for good when there is no engine or
// no voice, the actions stay hidden: there is nothing to press that could not work.
class ReadAloud : public QObject, public VisitorState
{
    Q_OBJECT

public:
    // `engine` names a TextToSpeech plugin; empty for the system's default.
    // The actions go into `viewMenu` and a toolbar of their own.
    ReadAloud(DocumentTabs *documents, QMainWindow *window, QMenu *viewMenu, const QString &engine = {});

    bool isAvailable() const { return m_speech->status() == SpeechService::Status::Available; }
    const SpeechService *speech() const { return m_speech; }
    // What would be read now: the selection, else the whole page.
    QString textToRead() const;

    QAction *readAction() const { return m_read; }
    // Checkable: checked while paused.
    QAction *pauseAction() const { return m_pause; }
    QAction *stopAction() const { return m_stop; }
    // Null until the engine is ready.
    QToolBar *toolBar() const { return m_toolBar; }

    void read();
    void togglePause();
    void stop();
    // Stops reading: the next visitor does not hear the last one's page.
    void resetForNextVisitor() override { stop(); }

signals:
    // The engine has started (or failed to): the actions are shown or stay hidden.
    void availabilityKnown(bool available);

private:
    void createActions();
    void showActions();
    void updateActions();

    DocumentTabs *m_documents;
    QMainWindow *m_window;
    QMenu *m_viewMenu;
    SpeechService *m_speech;
    QAction *m_read = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_stop = nullptr;
    QToolBar *m_toolBar = nullptr;
};

} // namespace huanjiao
