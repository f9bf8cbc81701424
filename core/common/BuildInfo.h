#pragma once

#include <QString>

namespace orglens {

QString applicationVersion(); // "0.1.0"
QString gitRevision();        // short hash of the build's commit, or "unknown"
QString qtVersion();          // the Qt the program runs with: "6.4.2"
QString openSslVersion();     // the OpenSSL the program runs with: "OpenSSL 3.0.x ..."
QString qtKeychainVersion();  // the QtKeychain the build was made against: "0.13.2"
// "0.1.0 (abc1234), Qt 6.4.2, OpenSSL 3.0.x, QtKeychain 0.13.2": the line printed by --version.
QString versionLine();

} // namespace orglens
