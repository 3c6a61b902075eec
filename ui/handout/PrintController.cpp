// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintController.h"

#include "PdfExport.h"
#include "Repository.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

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

HandoutRenderer::Options PrintController::options() const
{
    HandoutRenderer::Options options;
    options.settings = HandoutSettings::load(QSettings());
    options.sampleContent = m_info.sample;
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
    if (QPrinterInfo::availablePrinters().isEmpty()) {
        QMessageBox *box = showMessage(QMessageBox::Information, tr("No printer"),
                                       tr("No printer is installed on this computer. You can save the handout as a "
                                          "PDF and print it elsewhere, or ask your administrator to add a printer."));
        QPushButton *pdf = box->addButton(tr("Export PDF…"), QMessageBox::AcceptRole);
        box->addButton(QMessageBox::Cancel);
        connect(pdf, &QPushButton::clicked, this, [this, topics] { exportPdf(topics); });
        box->open();
        return;
    }
    const auto entities = load(topics);
    if (!entities)
        return;
    const HandoutRenderer::Options opts = options();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(opts.settings.paper));
    printer.setDocName(title(*entities));
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print preview: %1").arg(title(*entities)));
    bool rendered = true;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        WaitCursor wait;
        HandoutRenderer renderer(*entities, opts);
        rendered = renderer.render(target);
    });
    if (preview.exec() != QDialog::Accepted)
        return;
    if (!rendered || printer.printerState() == QPrinter::Error) {
        printerFailed();
        return;
    }
    emit statusMessage(tr("Sent %1 to the printer.").arg(title(*entities)));
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
    printTo(&printer, topics);
}

bool PrintController::printTo(QPrinter *printer, const QList<EntityUri> &topics)
{
    const auto entities = load(topics);
    if (!entities)
        return false;
    WaitCursor wait;
    HandoutRenderer renderer(*entities, options());
    if (!renderer.render(printer) || printer->printerState() == QPrinter::Error) {
        printerFailed();
        return false;
    }
    emit statusMessage(tr("Sent %1 to the printer.").arg(title(*entities)));
    return true;
}

void PrintController::exportPdf(const QList<EntityUri> &topics)
{
    if (m_policy != Policy::Interactive)
        return; // no file dialog on a kiosk
    const auto entities = load(topics);
    if (!entities || entities->isEmpty())
        return;
    QSettings settings;
    QString folder = settings.value(kLastFolder).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export handout as PDF"),
                                                QDir(folder).filePath(fileNameFor(title(*entities))),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    settings.setValue(kLastFolder, QFileInfo(path).absolutePath());
    exportPdfTo(topics, path);
}

bool PrintController::exportPdfTo(const QList<EntityUri> &topics, const QString &path)
{
    const auto entities = load(topics);
    if (!entities || entities->isEmpty())
        return false;
    const HandoutRenderer::Options opts = options();
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
    emit statusMessage(tr("Saved %1 (%n page(s)).", nullptr, result.pages).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace huanjiao
