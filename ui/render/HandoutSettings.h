// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Kind.h"

#include <QPageSize>
#include <QString>

class QSettings;

namespace huanjiao {

// What a clinic sets once for its handouts: the header, the QR link and the
// paper. Kept in QSettings so the desk PC, the kiosk and the command line
// print the same header.
struct HandoutSettings
{
    QString clinicName;
    QString logoPath;
    QString address;
    QString phone;
    // A link with {id} (and optionally {kind}) for the QR code, e.g.
    // https://clinic.example/t/{id}. Empty: no QR code (a phone opens no huanjiao:// address).
    QString qrTemplate;
    QPageSize::PageSizeId paper = QPageSize::A4;
    // Keep counts of what was handed out (topic, kind, date) for the clinic's
    // records. Off unless the clinic switches it on.
    bool countHandouts = false;

    static HandoutSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    // What the QR code of a topic encodes; empty (no code) without a link.
    QString qrText(Kind kind, const QString &id) const;

    // "a4" and "letter", the names the command line and the settings file use.
    static bool paperFromName(const QString &name, QPageSize::PageSizeId *paper);
    static QString paperName(QPageSize::PageSizeId paper);
};

} // namespace huanjiao
