// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CrisisNumbers.h"
#include "SearchResults.h"

#include <QFrame>
#include <QUrl>

class QLabel;

namespace huanjiao {

// The calm card shown before any search result when a query signals danger:
// for thoughts of suicide or self-harm, the mental-health line and the
// numbers for immediate danger; for a medical emergency, "call 120 now".
// The same widget in the desktop window and on the kiosk.
class CrisisCard : public QFrame
{
    Q_OBJECT

public:
    explicit CrisisCard(QWidget *parent = nullptr);

    void setNumbers(const CrisisNumbers &numbers) { m_numbers = numbers; }
    // Shows the card for notice, or hides it.
    void show(const std::optional<CrisisNotice> &notice);

signals:
    void openRequested(const QUrl &url);

private:
    CrisisNumbers m_numbers;
    QLabel *m_title;
    QLabel *m_numbersLine;
    QLabel *m_message;
    QLabel *m_link;
};

} // namespace huanjiao
