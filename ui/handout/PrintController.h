// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentDatabase.h"
#include "EntityUri.h"
#include "HandoutRenderer.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <optional>

class QPrinter;

namespace huanjiao {

class Repository;

// What is handed out: the full handout or the summary, and the personal note.
struct HandoutChoice
{
    HandoutDocument::Layout layout = HandoutDocument::Layout::Full;
    QString note;
    bool largePrint = false;
};

// Prints handouts (with a preview) and exports them as PDF for the window it
// belongs to. Every failure ends in a message that says what happened and
// what to do: no printer, a printer error, a folder that cannot be written,
// a full disk. Messages are window-modal and do not block the caller.
class PrintController : public QObject
{
    Q_OBJECT

public:
    // A kiosk prints straight to the default printer, or not at all, and
    // never shows a file dialog.
    enum class Policy { Interactive, DefaultPrinter, Off };

    using Choice = HandoutChoice;

    PrintController(const Repository &repository, const ContentInfo &info, QWidget *window);

    // Shows a print preview, with the choice of full handout or summary and
    // the note, and prints from it. With no printer installed, says so and
    // offers a PDF instead.
    void print(const QList<EntityUri> &topics);
    // Asks full handout or summary and for a note, then where to save the PDF, then writes it.
    void exportPdf(const QList<EntityUri> &topics);
    // Writes the PDF to `path` with no file dialog; true when written.
    bool exportPdfTo(const QList<EntityUri> &topics, const QString &path, const Choice &choice = {});
    // Where Export PDF (and printing to PDF without a printer) starts: the last folder used,
    // else the documents folder, else home; never the working folder.
    static QString exportFolder();
    // Prints on a printer already set up, with no dialog; true when it went through.
    bool printTo(QPrinter *printer, const QList<EntityUri> &topics, const Choice &choice = {});

    // Closes the messages still open (the kiosk, between two visitors).
    void closeMessages();

    // A default printer is set up (CUPS): there is somewhere a kiosk can print.
    static bool hasDefaultPrinter();

    void setPolicy(Policy policy) { m_policy = policy; }
    Policy policy() const { return m_policy; }
    // What a kiosk prints with no dialog (never with a note).
    void setUnattendedLayout(HandoutDocument::Layout layout, bool largePrint = false)
    {
        m_unattended = layout;
        m_unattendedLargePrint = largePrint;
    }

signals:
    void statusMessage(const QString &message);
    // After a print or a PDF went through: which topics, in which layout. Never the note.
    void handedOut(const QList<EntityUri> &topics, HandoutDocument::Layout layout);
    // A print or export dialog was opened (for tests and for the tour of the dialog).
    void choiceShown(QWidget *dialog);

private:
    std::optional<QList<Entity>> load(const QList<EntityUri> &topics);
    HandoutRenderer::Options options(const Choice &choice = {}) const;
    static QString title(const QList<Entity> &topics);
    QMessageBox *showMessage(QMessageBox::Icon icon, const QString &title, const QString &text);
    void printerFailed();
    void printOnDefaultPrinter(const QList<EntityUri> &topics);

    const Repository &m_repository;
    ContentInfo m_info;
    QWidget *m_window;
    Policy m_policy = Policy::Interactive;
    HandoutDocument::Layout m_unattended = HandoutDocument::Layout::Full;
    bool m_unattendedLargePrint = false;
    QList<QPointer<QMessageBox>> m_messages;
};

} // namespace huanjiao
