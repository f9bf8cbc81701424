#pragma once

#include <QString>

namespace orglens {

QString applicationVersion(); // "0.1.0"
QString gitRevision();        // short hash of the build's commit, or "unknown"
QString openSslVersion();     // "OpenSSL 3.0.x ..."
// "0.1.0 (abc1234), Qt 6.4.2, OpenSSL 3.0.x": the line printed by --version.
QString versionLine();

} // namespace orglens
