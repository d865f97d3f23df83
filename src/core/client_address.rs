//! Client addresses as rate-limit subjects: one subject per client host.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// The rate-limit subject of a client address (text as PostgreSQL's `host()` gives it): the host
/// for IPv4 and the /64 for IPv6 (one host usually holds a whole /64, so counting single IPv6
/// addresses limits nothing). An IPv6 address that carries an IPv4 client counts as that IPv4
/// host: counted per /64, all the IPv4 clients of a server that sees them so would share one
/// subject, or one IPv4 host would get 2^16 of them. None for text that is no address.
pub fn subject(address: &str) -> Option<String> {
    Some(match address.parse::<IpAddr>().ok()? {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match embedded_ipv4(&v6) {
            Some(v4) => v4.to_string(),
            None => format!(
                "{}/64",
                Ipv6Addr::from(u128::from(v6) & !(u64::MAX as u128))
            ),
        },
    })
}

/// The IPv4 client inside an IPv6 address, where one is:
/// `::ffff:0:0/96` IPv4-mapped (RFC 4291), what a dual-stack socket reports for an IPv4 client;
/// `::ffff:0:0:0/96` IPv4-translated (RFC 2765, SIIT); `64:ff9b::/96` the NAT64 well-known prefix
/// (RFC 6052); `2002::/16` 6to4 (RFC 3056), the IPv4 address in bits 16-47.
fn embedded_ipv4(v6: &Ipv6Addr) -> Option<Ipv4Addr> {
    let s = v6.segments();
    let last32 = || Ipv4Addr::from(((s[6] as u32) << 16) | s[7] as u32);
    match s {
        [0, 0, 0, 0, 0, 0xffff, _, _] => Some(last32()),
        [0, 0, 0, 0, 0xffff, 0, _, _] => Some(last32()),
        [0x64, 0xff9b, 0, 0, 0, 0, _, _] => Some(last32()),
        [0x2002, high, low, ..] => Some(Ipv4Addr::from(((high as u32) << 16) | low as u32)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects() {
        let cases = [
            ("203.0.113.9", "203.0.113.9"),
            ("::ffff:203.0.113.9", "203.0.113.9"),
            ("::ffff:0:203.0.113.9", "203.0.113.9"),
            ("64:ff9b::203.0.113.9", "203.0.113.9"),
            ("64:ff9b::cb00:7109", "203.0.113.9"),
            ("2002:cb00:7109::1", "203.0.113.9"),
            ("2002:cb00:7109:ffff:1:2:3:4", "203.0.113.9"),
            ("2001:db8::1", "2001:db8::/64"),
            ("2001:db8:0:0:ffff:ffff:ffff:ffff", "2001:db8::/64"),
            ("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"),
            ("::1", "::/64"),
            ("::", "::/64"),
            ("64:ff9b:1::1", "64:ff9b:1::/64"),
        ];
        for (address, expected) in cases {
            assert_eq!(subject(address).as_deref(), Some(expected), "{address}");
        }
        assert_eq!(subject("not an address"), None);
        assert_eq!(subject("203.0.113.9/24"), None); // host() never gives a netmask
    }
}
