import Testing
import MadoguchiLab

@Suite struct SHA256Tests {
    @Test func testVectorsOfFIPS180() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(String(repeating: "a", count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        // UTF-8 text, as `printf '窓口' | sha256sum` prints it.
        #expect(SHA256.hex("窓口") == "d2b6a3926211f68e16685db8a62aa65bc4c131ce4597c967659f9ac8bc2b5d40")
    }
}
