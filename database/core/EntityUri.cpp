// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityUri.h"

#include "EntityId.h"

namespace huanjiao {

bool EntityUri::parse(const QUrl &url, EntityUri *out)
{
    if (!url.isValid() || url.scheme() != scheme())
        return false;
    Kind kind;
    if (!kindFromName(url.host(), &kind))
        return false;
    QString id = url.path();
    if (id.startsWith(QLatin1Char('/')))
        id.remove(0, 1);
    if (!EntityId::isValid(id))
        return false;
    out->kind = kind;
    out->id = id;
    return true;
}

bool EntityUri::parse(const QString &text, EntityUri *out)
{
    return parse(QUrl(text, QUrl::StrictMode), out);
}

QUrl EntityUri::toUrl() const
{
    return QUrl(toString());
}

QString EntityUri::toString() const
{
    return scheme() + QStringLiteral("://") + kindName(kind) + QLatin1Char('/') + id;
}

} // namespace huanjiao
