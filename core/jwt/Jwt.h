#pragma once

// Public header of the jwt capability: decoding, claim explanations, signature verification,
// claim validation and token diff.
#include "jwt/ClaimCatalogue.h"
#include "jwt/ClaimValidator.h"
#include "jwt/Jwks.h"
#include "jwt/JwksClient.h"
#include "jwt/JwsAlgorithm.h"
#include "jwt/SignatureVerifier.h"
#include "jwt/TimeText.h"
#include "jwt/TokenDecoder.h"
#include "jwt/TokenDiff.h"
#include "jwt/TokenInspection.h"
#include "jwt/TokenKind.h"
#include "jwt/TokenVerifier.h"
