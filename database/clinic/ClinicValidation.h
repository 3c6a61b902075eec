// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentLayers.h"
#include "Kind.h"

#include <QCoreApplication>
#include <QSet>

namespace huanjiao {

class ClinicLayer;

// One problem of the clinic's content, placed on a record and, where it is
// about one, a field or section, so that a form can show it beside that field.
struct ClinicProblem
{
    QString kind;    // "doctor" ..., or "content" for the layer's @content record
    QString id;
    QString field;   // field or section key; empty for the record as a whole
    QString message; // the builder's own message, translated (Chinese for staff)
    bool inBase = false; // at a record of the base that the layer's change breaks
};

// Checks the clinic's layer over the base with the builder's own rules
// (ContentLayers::merge, ContentValidator, and ContentLint on the layer's
// topics) without building a database. The base is read once, when this is
// made; its prose is left out of the checks (it passed them when it was
// built), so a check costs a few milliseconds and the content manager calls
// check() as staff type, then shows problemsOf() the record in its form. The
// manager also fills its pickers (departments, hospitals, conditions) from
// baseRecords() and hands baseKeys() to ClinicLayer::setBaseKeys().
class ClinicValidation
{
    Q_DECLARE_TR_FUNCTIONS(ClinicValidation)

public:
    // `fleetLayers`: a chain's layers between the base and the clinic's (ClinicPaths::fleetLayers).
    explicit ClinicValidation(const QString &baseDatabase, const QStringList &fleetLayers = {});

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    QString baseLocation() const { return m_location; }
    QSet<QString> baseKeys() const { return m_keys; }
    // The base's records of a kind (fields whole, sections left out).
    QList<SourceRecord> baseRecords(Kind kind) const;

    enum class Checks { Format, FormatAndLint };
    QList<ClinicProblem> check(const ClinicLayer &layer, Checks checks = Checks::FormatAndLint) const;

    static QList<ClinicProblem> problemsOf(const QList<ClinicProblem> &problems, Kind kind, const QString &id);

private:
    QString m_location;
    QString m_error;
    ContentLayer m_base;
    QSet<QString> m_keys;
};

} // namespace huanjiao
