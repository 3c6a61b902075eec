#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QTextToSpeech;

namespace huanjiao {

class DocumentTabs;

// Read aloud (朗读) through Qt TextToSpeech: the selected text of the page on
// show, or the whole page, with pause/resume and stop. A Chinese voice is
// chosen when the engine has one. With no engine, or no voice, the actions
// stay hidden: there is nothing to press that could not work.
class ReadAloud : public QObject
{
    Q_OBJECT

public:
    // `engine` names a TextToSpeech plugin; empty for the system's default.
    ReadAloud(DocumentTabs *documents, QMainWindow *window, const QString &engine = {});

    bool isAvailable() const { return m_speech != nullptr; }
    // What would be read now: the selection, else the whole page.
    QString textToRead() const;

    QAction *readAction() const { return m_read; }
    QAction *pauseAction() const { return m_pause; }
    QAction *stopAction() const { return m_stop; }
    QTextToSpeech *speech() const { return m_speech; }

    void read();
    void togglePause();
    void stop();

private:
    void createEngine(const QString &engine);
    void createActions();
    void updateActions();

    DocumentTabs *m_documents;
    QMainWindow *m_window;
    QTextToSpeech *m_speech = nullptr;
    QAction *m_read = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_stop = nullptr;
};

} // namespace huanjiao
