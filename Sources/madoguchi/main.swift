print("madoguchi")
