// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowProgram.h"

#include "ApplicationSetup.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cerrno>
#include <cstring>
#include <string>

#include <unistd.h>

namespace huanjiao::WindowProgram {

namespace {

// The folder of the running program, from the kernel (argv[0] may be a bare name).
std::string ownFolder()
{
    char buffer[4096];
    const ssize_t length = readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    if (length <= 0)
        return std::string();
    const std::string self(buffer, std::size_t(length));
    return self.substr(0, self.rfind('/'));
}

} // namespace

const char *path()
{
    static const std::string found = [] {
        const std::string folder = ownFolder();
        for (const std::string &candidate :
             {folder + "/" HUANJIAO_WINDOW_PROGRAM_FOLDER "/huanjiao-gui", folder + "/huanjiao-gui"}) {
            if (access(candidate.c_str(), X_OK) == 0)
                return candidate;
        }
        return folder + "/" HUANJIAO_WINDOW_PROGRAM_FOLDER "/huanjiao-gui";
    }();
    return found.c_str();
}

int exec(int argc, char *argv[])
{
    const char *program = path();
    execv(program, argv);
    const int error = errno;
    // Only now is there a reason to start Qt: to say in the reader's language what went wrong.
    QCoreApplication app(argc, argv);
    ApplicationSetup::setIdentity();
    ApplicationSetup::installTranslations(&app);
    QTextStream(stderr) << "huanjiao: "
                        << QCoreApplication::translate("main", "cannot start the window program %1: %2")
                               .arg(QString::fromLocal8Bit(program), QString::fromLocal8Bit(std::strerror(error)))
                        << '\n';
    return 127;
}

} // namespace huanjiao::WindowProgram
