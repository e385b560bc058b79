// Convene: the libsrtp 3 API that mediasoup 3.27 calls, offered on top of the libsrtp 2
// that Debian 12 ships (libsrtp2-dev). Only what mediasoup uses is provided.
//
// libsrtp 3 turned srtp_policy_t into an opaque handle and made protect/unprotect write
// into a separate output buffer with size_t lengths. libsrtp 2 keeps srtp_policy_t as a
// plain struct, so its name is moved aside while the real header is read.
#ifndef CONVENE_SRTP3_COMPAT_H
#define CONVENE_SRTP3_COMPAT_H

#define srtp_policy_t convene_srtp2_policy_t
#include <srtp2/srtp.h>
#undef srtp_policy_t

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>

// Error codes libsrtp 3 added. Kept past libsrtp 2's last code so they never collide.
constexpr srtp_err_status_t srtp_err_status_buffer_small = static_cast<srtp_err_status_t>(28);
constexpr srtp_err_status_t srtp_err_status_cryptex_err  = static_cast<srtp_err_status_t>(29);

struct convene_srtp_policy
{
	convene_srtp2_policy_t policy;
	// libsrtp 2 reads the master key through a pointer at srtp_create() time, so the policy
	// owns a copy (key followed by salt, as libsrtp 2 expects). 32 + 14 is the largest.
	unsigned char keyAndSalt[64];
};

typedef convene_srtp_policy* srtp_policy_t;

inline srtp_err_status_t srtp_policy_create(srtp_policy_t* out)
{
	auto* p = new (std::nothrow) convene_srtp_policy{};
	if (p == nullptr)
		return srtp_err_status_alloc_fail;
	p->policy.key         = p->keyAndSalt;
	p->policy.next        = nullptr;
	p->policy.window_size = 128;
	*out                  = p;
	return srtp_err_status_ok;
}

inline void srtp_policy_destroy(srtp_policy_t policy)
{
	if (policy != nullptr)
	{
		std::memset(policy->keyAndSalt, 0, sizeof(policy->keyAndSalt));
		delete policy;
	}
}

inline srtp_err_status_t srtp_policy_set_ssrc(srtp_policy_t policy, srtp_ssrc_t ssrc)
{
	policy->policy.ssrc = ssrc;
	return srtp_err_status_ok;
}

inline srtp_err_status_t srtp_policy_set_profile(srtp_policy_t policy, srtp_profile_t profile)
{
	srtp_err_status_t err =
	  srtp_crypto_policy_set_from_profile_for_rtp(&policy->policy.rtp, profile);
	if (err != srtp_err_status_ok)
		return err;
	return srtp_crypto_policy_set_from_profile_for_rtcp(&policy->policy.rtcp, profile);
}

inline srtp_err_status_t srtp_policy_add_key(
  srtp_policy_t policy,
  const uint8_t* key,
  size_t keyLen,
  const uint8_t* salt,
  size_t saltLen,
  const uint8_t* mki,
  size_t mkiLen)
{
	// libsrtp 2 has no MKI on the simple key path mediasoup uses.
	if (mki != nullptr || mkiLen != 0)
		return srtp_err_status_bad_param;
	if (keyLen + saltLen > sizeof(policy->keyAndSalt))
		return srtp_err_status_bad_param;
	std::memcpy(policy->keyAndSalt, key, keyLen);
	std::memcpy(policy->keyAndSalt + keyLen, salt, saltLen);
	return srtp_err_status_ok;
}

inline srtp_err_status_t srtp_policy_set_allow_repeat_tx(srtp_policy_t policy, bool allow)
{
	policy->policy.allow_repeat_tx = allow ? 1 : 0;
	return srtp_err_status_ok;
}

inline srtp_err_status_t srtp_policy_set_window_size(srtp_policy_t policy, size_t windowSize)
{
	policy->policy.window_size = windowSize;
	return srtp_err_status_ok;
}

inline srtp_err_status_t srtp_create(srtp_t* session, srtp_policy_t policy)
{
	return srtp_create(session, static_cast<const convene_srtp2_policy_t*>(&policy->policy));
}

inline srtp_err_status_t srtp_stream_remove(srtp_t session, uint32_t ssrc)
{
	return srtp_remove_stream(session, ssrc);
}

namespace convene_srtp
{
	// libsrtp 2 works in place and needs room for the trailer after the packet; libsrtp 3
	// copies into a caller-sized output buffer. Bridge by copying first, then working in place.
	using InPlaceFn = srtp_err_status_t (*)(srtp_t, void*, int*);

	inline srtp_err_status_t Apply(
	  InPlaceFn fn,
	  srtp_t ctx,
	  const uint8_t* in,
	  size_t inLen,
	  uint8_t* out,
	  size_t* outLen,
	  size_t extra)
	{
		if (*outLen < inLen + extra || inLen > 0x7fffffff)
			return srtp_err_status_buffer_small;
		if (out != in)
			std::memmove(out, in, inLen);
		int len                 = static_cast<int>(inLen);
		const srtp_err_status_t err = fn(ctx, out, &len);
		if (err != srtp_err_status_ok)
			return err;
		*outLen = static_cast<size_t>(len);
		return srtp_err_status_ok;
	}
} // namespace convene_srtp

inline srtp_err_status_t srtp_protect(
  srtp_t ctx, const uint8_t* rtp, size_t rtpLen, uint8_t* srtp, size_t* srtpLen, size_t mkiIndex)
{
	if (mkiIndex != 0)
		return srtp_err_status_bad_param;
	return convene_srtp::Apply(srtp_protect, ctx, rtp, rtpLen, srtp, srtpLen, SRTP_MAX_TRAILER_LEN);
}

inline srtp_err_status_t srtp_unprotect(
  srtp_t ctx, const uint8_t* srtp, size_t srtpLen, uint8_t* rtp, size_t* rtpLen)
{
	return convene_srtp::Apply(srtp_unprotect, ctx, srtp, srtpLen, rtp, rtpLen, 0);
}

inline srtp_err_status_t srtp_protect_rtcp(
  srtp_t ctx, const uint8_t* rtcp, size_t rtcpLen, uint8_t* srtcp, size_t* srtcpLen, size_t mkiIndex)
{
	if (mkiIndex != 0)
		return srtp_err_status_bad_param;
	return convene_srtp::Apply(
	  srtp_protect_rtcp, ctx, rtcp, rtcpLen, srtcp, srtcpLen, SRTP_MAX_TRAILER_LEN + 4 /* SRTCP index word */);
}

inline srtp_err_status_t srtp_unprotect_rtcp(
  srtp_t ctx, const uint8_t* srtcp, size_t srtcpLen, uint8_t* rtcp, size_t* rtcpLen)
{
	return convene_srtp::Apply(srtp_unprotect_rtcp, ctx, srtcp, srtcpLen, rtcp, rtcpLen, 0);
}

#endif
