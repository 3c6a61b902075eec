// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Kind.h"

#include <QCoreApplication>
#include <QString>

namespace huanjiao {

// The names staff read for the content format's field and section keys and
// for the kinds (姓名 for name on a doctor, 所在医院 for works-at ...).
class FieldLabels
{
    Q_DECLARE_TR_FUNCTIONS(FieldLabels)

public:
    static QString field(Kind kind, const QString &key);
    static QString kindPlural(Kind kind);
    static QString kindSingular(Kind kind);
    // A builder message with the quoted field keys in it turned into their labels.
    static QString readable(Kind kind, QString message);
};

} // namespace huanjiao
