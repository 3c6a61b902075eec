// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoutCommand.h"

#include "CommandLine.h"
#include "ContentDatabase.h"
#include "EntityUri.h"
#include "HandoutRenderer.h"
#include "HandoutSettings.h"
#include "HeadlessCommands.h"
#include "PdfExport.h"
#include "Repository.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

namespace huanjiao {

namespace {
// lupdate files a free function's tr() under its namespace; this names the
// context the strings are looked up in at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HandoutCommand)
};
} // namespace

int HandoutCommand::run(const CommandLine &commandLine)
{
    QTextStream err(stderr);
    QList<EntityUri> uris;
    for (const QString &text : commandLine.handoutUris) {
        EntityUri uri;
        if (!EntityUri::parse(text, &uri)) {
            err << "huanjiao: "
                << Text::tr("'%1' is not a page address; write huanjiao://KIND/ID, for example "
                      "huanjiao://condition/hemifacial-spasm")
                       .arg(text)
                << '\n';
            return 2;
        }
        uris.append(uri);
    }
    auto db = HeadlessCommands::openDatabase(commandLine);
    if (!db)
        return 1;
    const Repository repository(db->database());
    QList<Entity> topics;
    for (const EntityUri &uri : uris) {
        auto entity = repository.entity(uri.kind, uri.id);
        if (!repository.error().isEmpty()) {
            err << "huanjiao: " << repository.error() << '\n';
            return 1;
        }
        if (!entity) {
            err << "huanjiao: " << Text::tr("no page %1 in this content database").arg(uri.toString()) << '\n';
            return 1;
        }
        topics.append(*entity);
    }

    // The same clinic header as the desk PC prints, from the user's settings.
    HandoutRenderer::Options options;
    options.settings = HandoutSettings::load(QSettings());
    options.sampleContent = db->info().sample;
    QPageSize::PageSizeId paper = options.settings.paper;
    if (!commandLine.paper.isEmpty())
        HandoutSettings::paperFromName(commandLine.paper, &paper);
    const QString title = topics.size() == 1 ? topics.first().ref.name : Text::tr("Patient education handout");
    HandoutRenderer renderer(topics, options);
    const PdfExport::Result result = PdfExport::write(renderer, paper, commandLine.output, title);
    if (!result.ok) {
        err << "huanjiao: " << result.message << '\n';
        return 1;
    }
    QTextStream(stdout) << Text::tr("%1: %2 page(s), %3 topic(s)").arg(commandLine.output).arg(result.pages).arg(topics.size())
                        << '\n';
    return 0;
}

} // namespace huanjiao
