// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentLayers.h"

#include <QCoreApplication>

namespace huanjiao {

// Checks the clinic's whole layer over the base, as publishing will, and says
// which of the clinic's records each problem belongs to, by name.
class LayerCheck
{
    Q_DECLARE_TR_FUNCTIONS(LayerCheck)

public:
    struct Problem
    {
        QString kind;
        QString id;
        QString name;
        QString message;
        // "医生“赵磊”：缺少必填字段“所在医院”"
        QString text() const;
    };
    static QList<Problem> run(const ContentLayer &base, const SourceRecord &layerMeta,
                              const QList<SourceRecord> &layer);
};

} // namespace huanjiao
