// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Kind.h"

#include <QString>
#include <QUrl>

namespace huanjiao {

// The one link scheme of the app: huanjiao://KIND/ID.
struct EntityUri
{
    Kind kind = Kind::Condition;
    QString id;

    static bool parse(const QUrl &url, EntityUri *out);
    static bool parse(const QString &text, EntityUri *out);
    QUrl toUrl() const;
    QString toString() const;
    static QString scheme() { return QStringLiteral("huanjiao"); }
};

} // namespace huanjiao
