// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrisisText.h"

#include <QCoreApplication>

namespace huanjiao::CrisisText {

QString title(const CrisisNotice &notice)
{
    return notice.kind == CrisisNotice::Kind::SelfHarm ? QCoreApplication::translate("CrisisText", "You are not alone. Help is here now.")
                                                       : QCoreApplication::translate("CrisisText", "This may be an emergency: call %1 now.");
}

QString message(const CrisisNotice &notice, const CrisisNumbers &numbers)
{
    if (notice.kind == CrisisNotice::Kind::SelfHarm)
        return QCoreApplication::translate("CrisisText", "If you are thinking about ending your life or hurting yourself, please talk to someone now. "
                  "Call the mental-health line %1 (free, any time). If you are in immediate danger, call %2 or %3. "
                  "You can also tell a nurse or doctor here.")
            .arg(numbers.mentalHealthLine, numbers.emergency, numbers.police);
    return QCoreApplication::translate("CrisisText", "Call %1 now, or ask the staff here to help you. Do not wait to see if it passes, and do not drive "
              "yourself. If someone is in danger, call %2.")
        .arg(numbers.emergency, numbers.police);
}

QString numbersLine(const CrisisNotice &notice, const CrisisNumbers &numbers)
{
    if (notice.kind == CrisisNotice::Kind::SelfHarm)
        return QCoreApplication::translate("CrisisText", "Mental-health line %1 · Ambulance %2 · Police %3")
            .arg(numbers.mentalHealthLine, numbers.emergency, numbers.police);
    return QCoreApplication::translate("CrisisText", "Ambulance %1 · Police %2").arg(numbers.emergency, numbers.police);
}

} // namespace huanjiao::CrisisText
