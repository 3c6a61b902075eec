// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Keeps a test's QSettings in a temporary folder, away from the user's own
// and from other tests. Call from initTestCase, before anything reads settings:
//     QVERIFY(useTemporarySettings(m_dir));

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

namespace huanjiao::test {

// False when the folder could not be made.
inline bool useTemporarySettings(const QTemporaryDir &dir)
{
    if (!dir.isValid())
        return false;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("HuanjiaoTest"));
    return true;
}

} // namespace huanjiao::test
