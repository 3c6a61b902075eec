// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetActions.h"

#include "ClinicDocument.h"
#include "ClinicSheet.h"
#include "FieldLabels.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>

namespace huanjiao {

namespace {
QString filters()
{
    return SheetActions::tr("Spreadsheets (*.xlsx *.csv)");
}
} // namespace

SheetActions::SheetActions(ClinicDocument &document, std::function<Kind()> currentKind, QWidget *window, QMenu *menu)
    : QObject(window)
    , m_document(document)
    , m_currentKind(std::move(currentKind))
    , m_window(window)
{
    menu->addAction(tr("&Import Spreadsheet…"), this, [this] {
        const Kind kind = m_currentKind();
        const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Import %1 from a spreadsheet").arg(FieldLabels::kindPlural(kind)), QDir::homePath(), filters());
        if (!path.isEmpty())
            emit finished(importSheet(kind, path));
    });
    menu->addAction(tr("&Export Spreadsheet…"), this, [this] {
        const Kind kind = m_currentKind();
        const QString path = fileToSave(kind, tr("Export %1 to a spreadsheet").arg(FieldLabels::kindPlural(kind)),
                                        ClinicSheet::sheetName(kind));
        if (!path.isEmpty())
            emit finished(exportSheet(kind, path));
    });
    menu->addAction(tr("Save a Spreadsheet &Template…"), this, [this] {
        const Kind kind = m_currentKind();
        const QString path = fileToSave(kind, tr("Template for %1").arg(FieldLabels::kindPlural(kind)),
                                        tr("%1 template").arg(ClinicSheet::sheetName(kind)));
        if (!path.isEmpty())
            emit finished(saveTemplate(kind, path));
    });
}

QString SheetActions::fileToSave(Kind, const QString &title, const QString &stem)
{
    QString path = QFileDialog::getSaveFileName(m_window, title, QDir::home().filePath(stem + QStringLiteral(".xlsx")),
                                                filters());
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
        && !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    return path;
}

Publisher::Report SheetActions::importSheet(Kind kind, const QString &path)
{
    const ClinicSheet::Import result = m_document.importSheet(path, kind);
    Publisher::Report report;
    if (!result.error.isEmpty()) {
        report.summary = tr("Nothing imported: %1").arg(result.error);
        return report;
    }
    if (!result.problems.isEmpty()) {
        for (const SheetProblem &p : result.problems)
            report.problems.append(p.toString());
        report.summary = tr("Nothing imported from %1: %n problem(s), listed by row and column. "
                            "Correct the sheet and import it again.",
                            nullptr, int(result.problems.size()))
                             .arg(QDir::toNativeSeparators(path));
        return report;
    }
    report.published = true;
    report.summary = tr("Imported %n record(s) from %1. Publish to show them to patients.", nullptr,
                        int(result.records.size()))
                         .arg(QDir::toNativeSeparators(path));
    return report;
}

Publisher::Report SheetActions::exportSheet(Kind kind, const QString &path)
{
    Publisher::Report report;
    QString error;
    report.published = ClinicSheet::exportFile(path, kind, m_document.layer(), m_document.validation(), &error);
    report.summary = report.published ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path))
                                      : tr("Not exported: %1").arg(error);
    return report;
}

Publisher::Report SheetActions::saveTemplate(Kind kind, const QString &path)
{
    Publisher::Report report;
    QString error;
    report.published = ClinicSheet::templateFile(path, kind, &error);
    report.summary = report.published ? tr("Template saved to %1.").arg(QDir::toNativeSeparators(path))
                                      : tr("Not saved: %1").arg(error);
    return report;
}

} // namespace huanjiao
