// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace huanjiao {

// A part of the window that keeps something of what a visitor did: open
// pages and their history, search text, a list's filter, the handout basket,
// the zoom, a selection, an open dialog. In kiosk mode every such part is
// registered with the kiosk (KioskController::addVisitorState), which calls
// it between two visitors; tst_kiosk fails for a part that is not.
class VisitorState
{
public:
    virtual ~VisitorState() = default;
    // Forgets the visitor: the part is as the next visitor should find it.
    virtual void resetForNextVisitor() = 0;
};

} // namespace huanjiao
