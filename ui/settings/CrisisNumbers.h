// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSettings;

namespace huanjiao {

// The numbers the crisis card gives, set by the clinic in the [clinic] group
// of the settings file; the national defaults otherwise.
struct CrisisNumbers
{
    QString mentalHealthLine = QStringLiteral("12356"); // national mental-health line
    QString emergency = QStringLiteral("120");          // ambulance
    QString police = QStringLiteral("110");

    static CrisisNumbers load(const QSettings &settings);
    void save(QSettings &settings) const;
};

} // namespace huanjiao
