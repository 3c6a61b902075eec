// SPDX-License-Identifier: GPL-3.0-or-later
// huanjiao-manager, the content manager for clinic staff: wiring only. The
// work is done in ui/manager (forms, checks, preview, publish) and database/.

#include "ApplicationSetup.h"
#include "ChineseFont.h"
#include "ClinicDocument.h"
#include "ClinicLayer.h"
#include "ClinicPaths.h"
#include "ClinicValidation.h"
#include "ManagerWindow.h"
#include "Pinyin.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace huanjiao;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    ApplicationSetup::setIdentity();
    ApplicationSetup::installTranslations(&app);
    QApplication::setFont(ChineseFont::withSimplifiedChinese(QApplication::font()));

    // Staff need no options: the clinic's folder, the pristine base and the
    // published database are where ClinicPaths says (README, "The clinic's content").
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "The clinic's own content: forms, preview, publish."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    const ClinicPaths paths = ClinicPaths::locate();
    const ClinicValidation validation(paths.base);
    if (!validation.ok()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Content Manager"), validation.error());
        return 1;
    }
    ClinicLayer layer(paths.layer);
    Diagnostics diagnostics;
    if (!layer.load(&diagnostics)) {
        // Nothing is written over a folder that could not be read whole.
        QStringList lines;
        for (const auto &d : std::as_const(diagnostics))
            lines.append(d.toString());
        QMessageBox::critical(nullptr, QApplication::translate("main", "Content Manager"),
                              QApplication::translate("main", "The clinic's content in %1 could not be read:\n%2")
                                  .arg(paths.layer, lines.join(QLatin1Char('\n'))));
        return 1;
    }
    const Pinyin pinyin;
    ClinicDocument document(std::move(layer), validation);
    ManagerWindow window(document, pinyin, paths);
    window.show();
    return app.exec();
}
