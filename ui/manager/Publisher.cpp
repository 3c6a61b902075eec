// SPDX-License-Identifier: GPL-3.0-or-later
#include "Publisher.h"

#include "ClinicDocument.h"
#include "ClinicPublisher.h"
#include "ClinicValidation.h"
#include "FieldLabels.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace huanjiao {

namespace {
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(Publisher)

public:
    // "医生“赵磊”：缺少必填字段“所在医院”"
    static QString problem(const ClinicLayer &layer, const ClinicProblem &p)
    {
        Kind kind;
        if (!kindFromName(p.kind, &kind))
            return p.message;
        const auto record = layer.record(kind, p.id);
        const QString name = record ? record->value(QStringLiteral("name")) : QString();
        return tr("%1 “%2”: %3").arg(FieldLabels::kindSingular(kind), name.isEmpty() ? p.id : name,
                                        FieldLabels::readable(kind, p.message));
    }

    static Publisher::Report run(const ClinicValidation *validation, const ClinicLayer &layer, const ClinicPaths &paths)
    {
        Publisher::Report report;
        const auto problems = validation->check(layer);
        if (!problems.isEmpty()) {
            for (const auto &p : problems)
                report.problems.append(problem(layer, p));
            report.summary = tr("Not published: this clinic's content has %n problem(s). "
                                "Correct them and publish again; what patients see has not changed.",
                                nullptr, int(problems.size()));
            return report;
        }
        const ClinicPublisher::Result result = ClinicPublisher::publish(paths, layer);
        if (!result.ok()) {
            for (const auto &d : result.diagnostics)
                report.problems.append(d.toString());
            if (!result.error.isEmpty())
                report.problems.append(result.error);
            report.summary = tr("Not published: the database could not be built. "
                                "What patients see has not changed.");
            return report;
        }
        int records = 0;
        for (const Kind kind : allKinds())
            records += int(layer.records(kind).size());
        report.published = true;
        report.summary = tr("Published %n record(s) of this clinic to %1. "
                            "Kiosks show them after their next idle reset.",
                            nullptr, records)
                             .arg(paths.published);
        return report;
    }
};
} // namespace

Publisher::Publisher(const ClinicDocument &document, ClinicPaths paths, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_paths(std::move(paths))
{
    connect(&m_watcher, &QFutureWatcher<Report>::finished, this, [this] { emit finished(m_watcher.result()); });
}

void Publisher::publish()
{
    if (m_watcher.isRunning())
        return;
    m_watcher.setFuture(QtConcurrent::run(&Texts::run, &m_document.validation(), m_document.layer(), m_paths));
}

} // namespace huanjiao
