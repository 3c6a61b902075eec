// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace huanjiao {

// The interface speaks Simplified Chinese or English: the setting when there
// is one, otherwise Chinese for any Chinese system locale and English for the rest.
namespace InterfaceLanguage {

// "zh_CN" or "en".
QString resolve(const QString &setting, const QLocale &system = QLocale::system());
// Installs the program's and Qt's own translations for `language` and makes
// it the default locale; false when the program's translation is missing.
bool install(QCoreApplication *app, const QString &language);

} // namespace InterfaceLanguage

} // namespace huanjiao
