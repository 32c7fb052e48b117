print("wijk")
