// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdleCountdownOverlay.h"

#include <QEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

namespace huanjiao {

IdleCountdownOverlay::IdleCountdownOverlay(QWidget *window)
    : QWidget(window)
    , m_seconds(new QLabel(this))
{
    setObjectName(QStringLiteral("idleCountdown"));
    setAttribute(Qt::WA_NoSystemBackground);
    auto *card = new QWidget(this);
    card->setObjectName(QStringLiteral("idleCard"));
    card->setStyleSheet(QStringLiteral("#idleCard { background: white; border-radius: 16px; }"));
    auto *title = new QLabel(tr("Are you still there?"), card);
    QFont big = title->font();
    big.setPixelSize(40);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    QFont number = m_seconds->font();
    number.setPixelSize(96);
    number.setBold(true);
    m_seconds->setFont(number);
    m_seconds->setAlignment(Qt::AlignCenter);
    m_seconds->setStyleSheet(QStringLiteral("color: #1d5c8f;"));
    // Short lines, no wrapping: a wrapped label in a centred card gets cut.
    QFont medium = title->font();
    medium.setPixelSize(26);
    medium.setBold(false);
    auto *what = new QLabel(tr("The screen starts over for the next visitor."), card);
    what->setFont(medium);
    what->setAlignment(Qt::AlignCenter);
    auto *hint = new QLabel(tr("Touch the screen to keep reading."), card);
    hint->setFont(medium);
    hint->setAlignment(Qt::AlignCenter);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(48, 40, 48, 40);
    cardLayout->setSpacing(20);
    cardLayout->addWidget(title);
    cardLayout->addWidget(m_seconds);
    cardLayout->addWidget(what);
    cardLayout->addWidget(hint);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(card, 0, Qt::AlignCenter);
    layout->addStretch();
    window->installEventFilter(this);
    hide();
}

void IdleCountdownOverlay::showCountdown(int secondsLeft)
{
    setSecondsLeft(secondsLeft);
    setGeometry(parentWidget()->rect());
    raise();
    show();
}

void IdleCountdownOverlay::setSecondsLeft(int secondsLeft)
{
    m_seconds->setText(QString::number(secondsLeft));
    m_seconds->setAccessibleName(tr("%n second(s) left", nullptr, secondsLeft));
}

QString IdleCountdownOverlay::text() const
{
    return m_seconds->text();
}

bool IdleCountdownOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void IdleCountdownOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0, 0, 0, 150));
}

void IdleCountdownOverlay::mousePressEvent(QMouseEvent *event)
{
    // The kiosk has seen the press already and cancelled the countdown.
    event->accept();
    hide();
}

} // namespace huanjiao
