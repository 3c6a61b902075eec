// SPDX-License-Identifier: GPL-3.0-or-later
// huanjiao-manager, the content manager for clinic staff: wiring only. The
// work is done in ui/manager (forms, checks, preview, publish) and database/.

#include "ApplicationSetup.h"
#include "ChineseFont.h"
#include "ClinicDocument.h"
#include "ContentInput.h"
#include "DatabaseLocator.h"
#include "LayerStore.h"
#include "ManagerWindow.h"
#include "Pinyin.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

using namespace huanjiao;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    ApplicationSetup::setIdentity();
    ApplicationSetup::installTranslations(&app);
    QApplication::setFont(ChineseFont::withSimplifiedChinese(QApplication::font()));

    // Staff need none of these: the defaults are the bundled content, the
    // clinic's folder and the published database in the user's data folder.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "The clinic's own content: forms, preview, publish."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption base(QStringLiteral("base"), QApplication::translate("main", "The pristine base content."),
                                  QStringLiteral("SOURCE"), DatabaseLocator::defaultPath());
    const QCommandLineOption clinic(QStringLiteral("clinic"), QApplication::translate("main", "The clinic's folder."),
                                    QStringLiteral("DIR"), QDir(data).filePath(QStringLiteral("clinic")));
    const QCommandLineOption output(QStringLiteral("output"),
                                    QApplication::translate("main", "The published database."), QStringLiteral("FILE"),
                                    QDir(data).filePath(QStringLiteral("clinic.sqlite")));
    parser.addOptions({base, clinic, output});
    parser.process(app);

    Diagnostics diagnostics;
    ContentLayer baseLayer = ContentInput::read(parser.value(base), &diagnostics);
    if (!baseLayer.readable || !diagnostics.isEmpty()) {
        QStringList lines;
        for (const auto &d : std::as_const(diagnostics))
            lines.append(d.toString());
        QMessageBox::critical(nullptr, QApplication::translate("main", "Content Manager"),
                              QApplication::translate("main", "The base content %1 could not be read:\n%2")
                                  .arg(parser.value(base), lines.join(QLatin1Char('\n'))));
        return 1;
    }
    LayerStore store(parser.value(clinic));
    QString error;
    QList<SourceRecord> layer = store.load(&error);
    if (!error.isEmpty()) {
        // Nothing is written over a folder that could not be read.
        QMessageBox::critical(nullptr, QApplication::translate("main", "Content Manager"), error);
        return 1;
    }
    QDir().mkpath(QFileInfo(parser.value(output)).absolutePath());
    const Pinyin pinyin;
    ClinicDocument document(std::move(baseLayer), std::move(layer));
    ManagerWindow window(document, store, pinyin, {parser.value(base), parser.value(output)});
    window.show();
    return app.exec();
}
