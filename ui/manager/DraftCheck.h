// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentLayers.h"
#include "Kind.h"

#include <QCoreApplication>
#include <QHash>

namespace huanjiao {

// Checks a record being edited as the builder would: the clinic's layer with
// the record in it, over the base, with the builder's own rules and messages.
// Pure data in and out, so it may run on a worker thread.
class DraftCheck
{
    Q_DECLARE_TR_FUNCTIONS(DraftCheck)

public:
    // Where the draft's messages are reported; its lines name the form's fields.
    static QString draftFile() { return QStringLiteral("<form>"); }

    struct Result
    {
        QHash<QString, QStringList> byField; // field key -> messages
        QStringList general;                 // about the record as a whole
    };

    // `draft` has each field and section on a line of its own (RecordForm::draft):
    // a message at that line is about that field.
    static Result run(const ContentLayer &base, const SourceRecord &layerMeta, QList<SourceRecord> layer,
                      const SourceRecord &draft);
};

} // namespace huanjiao
