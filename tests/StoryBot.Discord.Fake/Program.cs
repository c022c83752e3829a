Console.WriteLine("fake");
