#include "CommandLine.h"

#include "Language.h"
#include "common/BuildInfo.h"
#include "secrets/CoreDumps.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    orglens::disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OrgLens"));
    QCoreApplication::setApplicationName(QStringLiteral("orglens"));
    QCoreApplication::setApplicationVersion(orglens::versionLine());
    // The CLI follows the system locale, or $ORGLENS_LANGUAGE, or the language saved in the GUI.
    orglens::i18n::installTranslations(orglens::i18n::chooseLanguage({}, QProcessEnvironment::systemEnvironment()));

    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    orglens::cli::CommandIo io{in, out, err};
    return orglens::cli::runCommandLine(app.arguments().mid(1), io);
}
