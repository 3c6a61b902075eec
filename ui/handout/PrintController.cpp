// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintController.h"

#include "HandoutChoicePanel.h"
#include "PdfExport.h"
#include "Repository.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace huanjiao {

namespace {

const QString kLastFolder = QStringLiteral("handout/lastFolder");

// Laying out and writing a long basket takes a moment; say so with the cursor.
struct WaitCursor
{
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

QString fileNameFor(const QString &title)
{
    QString name = title;
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name) {
        if (forbidden.contains(c) || c.isSpace())
            c = QLatin1Char('-');
    }
    return name + QStringLiteral(".pdf");
}

} // namespace

PrintController::PrintController(const Repository &repository, const ContentInfo &info, QWidget *window)
    : QObject(window)
    , m_repository(repository)
    , m_info(info)
    , m_window(window)
{
}

std::optional<QList<Entity>> PrintController::load(const QList<EntityUri> &topics)
{
    QList<Entity> entities;
    for (const EntityUri &uri : topics) {
        auto entity = m_repository.entity(uri.kind, uri.id);
        if (!entity) {
            showMessage(QMessageBox::Warning, tr("Page not found"),
                        tr("There is no page %1 in this content database, so nothing was printed. It may have been "
                           "removed in a content update; remove it from the basket and try again.")
                            .arg(uri.toString()));
            return std::nullopt;
        }
        entities.append(*entity);
    }
    return entities;
}

HandoutRenderer::Options PrintController::options(const Choice &choice) const
{
    HandoutRenderer::Options options;
    options.layout = choice.layout;
    // A kiosk takes no note: nothing a visitor or the last patient typed can reach paper.
    if (m_policy == Policy::Interactive)
        options.note = choice.note;
    options.settings = HandoutSettings::load(QSettings());
    options.sampleContent = m_info.sample;
    options.largePrint = choice.largePrint;
    return options;
}

QString PrintController::title(const QList<Entity> &topics)
{
    if (topics.size() == 1)
        return topics.first().ref.name;
    return tr("Handout %1").arg(QDate::currentDate().toString(Qt::ISODate));
}

QMessageBox *PrintController::showMessage(QMessageBox::Icon icon, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("handoutMessage"));
    // Messages carry topic names and addresses: text, never markup.
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    m_messages.removeAll(nullptr);
    m_messages.append(box);
    return box;
}

void PrintController::closeMessages()
{
    for (const QPointer<QMessageBox> &box : std::as_const(m_messages)) {
        if (box)
            box->reject();
    }
    m_messages.clear();
}

void PrintController::printerFailed()
{
    QMessageBox *box = showMessage(
        QMessageBox::Critical, tr("Printing failed"),
        tr("The printer reported an error and the handout may not have printed completely. Check that the printer "
           "is switched on, connected and has paper, then print again, or export a PDF instead."));
    box->addButton(QMessageBox::Ok);
    box->open();
}

void PrintController::print(const QList<EntityUri> &topics)
{
    if (topics.isEmpty())
        return;
    if (m_policy != Policy::Interactive) {
        printOnDefaultPrinter(topics);
        return;
    }
    const auto entities = load(topics);
    if (!entities)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(options().settings.paper));
    printer.setDocName(title(*entities));
    // With no printer installed the preview still shows the handout; its
    // Print button then saves a PDF (Qt asks where), to print elsewhere.
    const bool toPdf = QPrinterInfo::availablePrinters().isEmpty();
    if (toPdf) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(QDir(exportFolder()).filePath(fileNameFor(title(*entities))));
    }
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print preview: %1").arg(title(*entities)));
    // The choice sits at the foot of the preview; the preview follows it.
    auto *panel = new HandoutChoicePanel(&preview);
    panel->setContentsMargins(12, 6, 12, 6);
    preview.layout()->addWidget(panel);
    auto *previewWidget = preview.findChild<QPrintPreviewWidget *>();
    if (previewWidget) {
        // Typing a note re-lays the handout out; wait for a pause in the typing.
        auto *refresh = new QTimer(&preview);
        refresh->setSingleShot(true);
        refresh->setInterval(400);
        connect(panel, &HandoutChoicePanel::changed, refresh, qOverload<>(&QTimer::start));
        connect(refresh, &QTimer::timeout, previewWidget, &QPrintPreviewWidget::updatePreview);
    }
    bool rendered = true;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        WaitCursor wait;
        HandoutRenderer renderer(*entities, options({panel->layout(), panel->note()}));
        rendered = renderer.render(target);
    });
    emit choiceShown(&preview);
    const bool accepted = preview.exec() == QDialog::Accepted;
    const HandoutDocument::Layout layout = panel->layout();
    panel->clear();
    if (!accepted)
        return;
    if (!rendered || printer.printerState() == QPrinter::Error) {
        printerFailed();
        return;
    }
    emit handedOut(topics, layout);
    if (toPdf) {
        QSettings().setValue(kLastFolder, QFileInfo(printer.outputFileName()).absolutePath());
        emit statusMessage(tr("No printer is installed: saved %1 as a PDF to print elsewhere.")
                               .arg(QDir::toNativeSeparators(printer.outputFileName())));
    } else {
        emit statusMessage(tr("Sent %1 to the printer.").arg(title(*entities)));
    }
}

bool PrintController::hasDefaultPrinter()
{
    return !QPrinterInfo::defaultPrinter().isNull();
}

void PrintController::printOnDefaultPrinter(const QList<EntityUri> &topics)
{
    if (m_policy == Policy::Off) {
        QMessageBox *box = showMessage(
            QMessageBox::Information, tr("Printing is off"),
            tr("Printing is switched off here. Please ask at the reception desk for a printed copy."));
        box->addButton(QMessageBox::Ok);
        box->open();
        return;
    }
    const QPrinterInfo info = QPrinterInfo::defaultPrinter();
    if (info.isNull()) {
        QMessageBox *box = showMessage(QMessageBox::Information, tr("No printer"),
                                       tr("No printer is connected here, so this cannot be printed. Please ask at "
                                          "the reception desk for a printed copy."));
        box->addButton(QMessageBox::Ok);
        box->open();
        return;
    }
    QPrinter printer(info, QPrinter::HighResolution);
    printer.setPageSize(QPageSize(options().settings.paper));
    printTo(&printer, topics, {m_unattended, {}, m_unattendedLargePrint});
}

bool PrintController::printTo(QPrinter *printer, const QList<EntityUri> &topics, const Choice &choice)
{
    const auto entities = load(topics);
    if (!entities)
        return false;
    WaitCursor wait;
    HandoutRenderer renderer(*entities, options(choice));
    if (!renderer.render(printer) || printer->printerState() == QPrinter::Error) {
        printerFailed();
        return false;
    }
    emit handedOut(topics, choice.layout);
    emit statusMessage(tr("Sent %1 to the printer.").arg(title(*entities)));
    return true;
}

QString PrintController::exportFolder()
{
    QString folder = QSettings().value(kLastFolder).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // A documents folder that does not exist yet would send the dialog to the working folder.
    if (!QFileInfo(folder).isDir())
        folder = QDir::homePath();
    return folder;
}

void PrintController::exportPdf(const QList<EntityUri> &topics)
{
    if (m_policy != Policy::Interactive)
        return; // no file dialog on a kiosk
    const auto entities = load(topics);
    if (!entities || entities->isEmpty())
        return;
    Choice choice;
    {
        QDialog dialog(m_window);
        dialog.setObjectName(QStringLiteral("exportChoice"));
        dialog.setWindowTitle(tr("Export handout: %1").arg(title(*entities)));
        auto *panel = new HandoutChoicePanel(&dialog);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
        buttons->addButton(tr("&Save PDF…"), QDialogButtonBox::AcceptRole);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(panel);
        layout->addWidget(buttons);
        dialog.resize(dialog.sizeHint().expandedTo(QSize(460, 0)));
        emit choiceShown(&dialog);
        const bool accepted = dialog.exec() == QDialog::Accepted;
        choice = {panel->layout(), panel->note()};
        panel->clear();
        if (!accepted)
            return;
    }
    QSettings settings;
    const QString folder = exportFolder();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export handout as PDF"),
                                                QDir(folder).filePath(fileNameFor(title(*entities))),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    settings.setValue(kLastFolder, QFileInfo(path).absolutePath());
    exportPdfTo(topics, path, choice);
}

bool PrintController::exportPdfTo(const QList<EntityUri> &topics, const QString &path, const Choice &choice)
{
    const auto entities = load(topics);
    if (!entities || entities->isEmpty())
        return false;
    const HandoutRenderer::Options opts = options(choice);
    PdfExport::Result result;
    {
        WaitCursor wait;
        HandoutRenderer renderer(*entities, opts);
        result = PdfExport::write(renderer, opts.settings.paper, path, title(*entities));
    }
    if (!result.ok) {
        QMessageBox *box = showMessage(QMessageBox::Warning, tr("PDF not saved"), result.message);
        box->addButton(QMessageBox::Ok);
        box->open();
        return false;
    }
    emit handedOut(topics, choice.layout);
    emit statusMessage(tr("Saved %1 (%n page(s)).", nullptr, result.pages).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace huanjiao
